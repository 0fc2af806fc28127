"""`quotes model info`: the model set in use, its files and sizes, and its card's scores."""

from __future__ import annotations

from quotes.parse import MODEL_DIR_ENV, PACKAGE_MODEL_DIR, model_identity, resolve_model_dir


def _parser_kind(path) -> str:
    """', an ensemble of N parsers' for a Stanza ensemble parser file, else nothing."""
    if path.name != "depparse.pt":
        return ""
    import torch

    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:  # the pipeline reports it in full when it loads the file
        return f" (unreadable: {type(error).__name__})"
    if checkpoint.get("model_type") == "ensemble_graph":
        return f", an ensemble of {len(checkpoint['model']['params'])} parsers"
    return ""


def _confidence_line(directory) -> str:
    """Which confidence model records get with this set: its own, else the shipped one."""
    from quotes.confidence import ConfidenceError, load_confidence, model_file

    own = model_file(directory)
    path = own if own.is_file() else model_file(PACKAGE_MODEL_DIR)
    origin = "" if own.is_file() else " (the shipped one: this set has none)"
    try:
        model = load_confidence(path)
    except ConfidenceError as error:
        return f"  confidence model: {error}"
    return (f"  confidence model: {path}{origin}, {len(model.weights)} weights, "
            f"records below {model.threshold:.2f} left out")


def describe(model_dir: str | None = None) -> str:
    import os

    directory = resolve_model_dir(model_dir)
    origin = "--model-dir" if model_dir else (MODEL_DIR_ENV if os.environ.get(MODEL_DIR_ENV) else "shipped")
    lines = [f"model directory: {directory} ({origin})"]
    if not directory.is_dir():
        lines.append("  missing")
        return "\n".join(lines)
    total = 0
    for path in sorted(directory.rglob("*.pt")):
        size = path.stat().st_size
        total += size
        lines.append(f"  {path.relative_to(directory)}\t{size / 1e6:.1f} MB{_parser_kind(path)}")
    lines.append(f"  total\t{total / 1e6:.1f} MB; identity {model_identity(directory)}")
    lines.append(_confidence_line(directory))
    card = directory / "README.md"
    if card.exists():
        text = card.read_text(encoding="utf-8")
        start = text.find("## Scores")
        if start >= 0:
            end = text.find("\n## ", start + 1)
            lines.append("")
            lines.append(text[start:end if end > 0 else None].strip())
    elif directory != PACKAGE_MODEL_DIR:
        lines.append("  (no model card in this directory)")
    return "\n".join(lines)
