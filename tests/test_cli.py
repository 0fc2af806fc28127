"""The CLI end to end with the shipped models: good and bad inputs, resume after SIGKILL,
a hanging user rule, output safety."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from quotes.rules import default_rules_dir

ROOT = Path(__file__).resolve().parent.parent
QUOTES = [sys.executable, "-m", "quotes.cli"]
GOOD_TEXT = "“We are ready for the talks,” Qin said on Sunday.\nMiller noted that the talks were useful."


def run(args, cwd, **kwargs):
    env = {**os.environ, "QUOTES_CACHE_DIR": str(Path(cwd) / "cache")}
    return subprocess.run(QUOTES + args, cwd=cwd, capture_output=True, env=env, **kwargs)


def records_of(path):
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()]


def test_bad_inputs_never_cost_good_records(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (inputs / "bom_crlf.txt").write_bytes("\ufeffMiller said that it works.\r\nNext line.".encode("utf-8"))
    (inputs / "unclosed.txt").write_text("He said " + "“word " * 400 + "and left.", encoding="utf-8")
    (inputs / "html.txt").write_text("<p>Miller said that <b>the talks</b> went well.</p>", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (inputs / "latin.txt").write_bytes("Müller said café.".encode("latin-1"))
    (inputs / "huge.txt").write_text("Miller said that it works. " * 400, encoding="utf-8")
    (inputs / "batch.jsonl").write_text('{"id": "j1", "text": "Qin said that the visit was useful."}\n'
                                        "{broken json\n", encoding="utf-8")
    result = run(["extract", str(inputs), "-o", "out.jsonl", "--errors", "errors.jsonl",
                  "--max-chars", "5000"], tmp_path)
    assert result.returncode == 1, result.stderr.decode()
    records = records_of(tmp_path / "out.jsonl")
    docs = {r["doc"]["id"] for r in records}
    assert {"good", "bom_crlf", "j1", "html"} <= docs
    bom = next(r for r in records if r["doc"]["id"] == "bom_crlf")
    assert bom["doc"]["sha256"] and "\r" not in bom["content"]["text"]
    errors = {e["doc"]: e for e in records_of(tmp_path / "errors.jsonl")}
    assert {"empty", "binary", "latin", "huge", "batch.jsonl:2"} <= set(errors) or \
        {"empty", "binary", "latin", "huge"} <= set(errors) and any("batch.jsonl:2" in k for k in errors)
    assert "not valid UTF-8" in errors["latin"]["message"]
    assert "over the limit" in errors["huge"]["message"]
    assert "unclosed" not in errors


def test_resume_after_sigkill_gives_exactly_the_uninterrupted_records(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(6):
        (inputs / f"doc{number}.txt").write_text(
            f"Miller said that plan {number} would work.\n“It is ready,” Qin said of plan {number}.",
            encoding="utf-8")
    full = run(["extract", str(inputs), "-o", "full.jsonl", "--batch-size", "1", "--no-cache"], tmp_path)
    assert full.returncode == 0, full.stderr.decode()
    env = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen(QUOTES + ["extract", str(inputs), "-o", "out.jsonl", "--batch-size", "1",
                                         "--no-cache"], cwd=tmp_path, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    partial = tmp_path / "out.jsonl.partial"
    deadline = time.time() + 300
    while time.time() < deadline and (not partial.exists() or partial.read_bytes().count(b"\n") < 2):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (tmp_path / "out.jsonl").exists()
    resumed = run(["extract", str(inputs), "-o", "out.jsonl", "--batch-size", "1", "--resume", "--no-cache"],
                  tmp_path)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "full.jsonl").read_bytes()


def test_existing_output_needs_force(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("keep me", encoding="utf-8")
    result = run(["extract", "a.txt", "-o", "out.jsonl"], tmp_path)
    assert result.returncode == 4 and b"--force" in result.stderr
    assert (tmp_path / "out.jsonl").read_text() == "keep me"


def test_catastrophic_user_pattern_is_stopped_by_the_timeout(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    marks = rules / "marks.toml"
    text = marks.read_text(encoding="utf-8")
    start = text.index("apostrophe = ")
    end = text.index("\n", start)
    marks.write_text(text[:start] + "apostrophe = '''['’](a|aa)+$'''" + text[end:], encoding="utf-8")
    (tmp_path / "a.txt").write_text("He said 'a" + "a" * 60 + "b", encoding="utf-8")
    result = run(["extract", "a.txt", "--rules-dir", str(rules), "--errors", "errors.jsonl"], tmp_path,
                 timeout=300)
    assert result.returncode == 1
    [error] = records_of(tmp_path / "errors.jsonl")
    assert "timed out" in error["message"] and error["doc"] == "a"


def test_broken_pipe_ends_quietly(tmp_path):
    for number in range(3):
        (tmp_path / f"d{number}.txt").write_text(GOOD_TEXT, encoding="utf-8")
    env = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path / "cache")}
    pipeline = subprocess.run(" ".join(QUOTES) + " extract d0.txt d1.txt d2.txt | head -c 10", shell=True,
                              cwd=tmp_path, capture_output=True, env=env)
    assert pipeline.returncode == 0
    assert b"Traceback" not in pipeline.stderr


def test_show_prints_who_said_what(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert run(["extract", "a.txt", "-o", "out.jsonl"], tmp_path).returncode == 0
    shown = run(["show", "out.jsonl"], tmp_path).stdout.decode()
    assert "Qin" in shown and "said" in shown and "[“We are ready for the talks,”]" in shown


def test_help_does_not_import_torch_or_stanza():
    code = ("import sys; from typer.testing import CliRunner; from quotes.cli import app; "
            "CliRunner().invoke(app, ['--help']); "
            "print('torch' in sys.modules, 'stanza' in sys.modules)")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.split() == ["False", "False"]


def test_python_dash_m_runs_the_command_line_tool():
    output = subprocess.run([sys.executable, "-m", "quotes", "extract", "--help"], capture_output=True, text=True)
    assert output.returncode == 0 and "--min-confidence" in output.stdout


def test_cached_rerun_is_identical_and_never_loads_the_models(tmp_path):
    from quotes.parse import PACKAGE_MODEL_DIR

    models = tmp_path / "models"
    shutil.copytree(PACKAGE_MODEL_DIR, models)
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    env = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path / "cache"), "QUOTES_MODEL_DIR": str(models)}
    first = subprocess.run(QUOTES + ["extract", "a.txt", "-o", "first.jsonl"], cwd=tmp_path, env=env,
                           capture_output=True)
    assert first.returncode == 0, first.stderr.decode()
    # Break every model file past the bytes that identify it: loading any of them now fails.
    for path in models.glob("*.pt"):
        data = bytearray(path.read_bytes())
        data[1 << 16:] = b"\0" * (len(data) - (1 << 16))
        path.write_bytes(bytes(data))
    second = subprocess.run(QUOTES + ["extract", "a.txt", "-o", "second.jsonl"], cwd=tmp_path, env=env,
                            capture_output=True)
    assert second.returncode == 0, second.stderr.decode()
    assert (tmp_path / "second.jsonl").read_bytes() == (tmp_path / "first.jsonl").read_bytes()
    uncached = subprocess.run(QUOTES + ["extract", "a.txt", "--no-cache"], cwd=tmp_path, env=env,
                              capture_output=True)
    assert uncached.returncode == 3 and b"cannot load" in uncached.stderr


def test_extract_writes_other_formats(tmp_path):
    import csv

    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert run(["extract", "a.txt", "b.txt", "--format", "csv", "-o", "out.csv"], tmp_path).returncode == 0
    rows = list(csv.reader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert rows[0][0] == "id" and len([r for r in rows if r[0] == "id"]) == 1
    assert {r[1] for r in rows[1:]} == {"a", "b"}
    assert run(["extract", "a.txt", "--format", "w3c", "-o", "out.w3c.jsonl"], tmp_path).returncode == 0
    annotation = json.loads((tmp_path / "out.w3c.jsonl").read_text("utf-8").splitlines()[0])
    assert annotation["type"] == "Annotation"


def test_model_ensemble_names_a_file_that_is_no_parser(tmp_path):
    good = ROOT / "quotes" / "models" / "en" / "depparse.pt"
    broken = tmp_path / "broken.pt"
    broken.write_bytes(b"not a model")
    result = run(["model", "ensemble", str(broken), str(good), "--pretrain",
                  str(ROOT / "quotes" / "models" / "en" / "pretrain.pt"), "--out", str(tmp_path / "out.pt")],
                 cwd=tmp_path)
    assert result.returncode == 2
    assert f"{broken} is not a Stanza parser file" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert not (tmp_path / "out.pt").exists()


def test_model_float16_names_a_file_that_is_no_model(tmp_path):
    broken = tmp_path / "pos.pt"
    broken.write_bytes(b"not a model")
    result = run(["model", "float16", str(broken)], cwd=tmp_path)
    assert result.returncode == 2
    assert f"{broken} is not a Stanza model file" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert broken.read_bytes() == b"not a model"


def test_speakers_counts_co_speakers_with_the_speaker(tmp_path):
    speaker = {"mention": None, "name": "Joe Biden", "role": "President", "affiliation": None, "kind": "person",
               "resolution": "name", "co_speakers": ["Xi Jinping"]}
    lines = [json.dumps({"speaker": speaker}), json.dumps({"speaker": {**speaker, "co_speakers": []}})]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(["speakers", "records.jsonl", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    counts = {row["name"]: (row["count"], row["kind"], row["roles"]) for row in json.loads(result.stdout)}
    assert counts == {"Joe Biden": (2, "person", ["President"]), "Xi Jinping": (1, "person", [])}
