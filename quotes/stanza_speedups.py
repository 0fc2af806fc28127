"""CPU speed-ups for Stanza that leave saved model files unchanged.

`torch.nn.Bilinear`, used by Stanza's `BiaffineScorer` (the tagger's XPOS/feature
heads), is about 25x slower on CPU than the same bilinear form written as matrix
products. The replacement below computes exactly the same function from the same
parameters, so models trained with or without it are interchangeable.
"""

from __future__ import annotations

_applied = False


def _matmul_biaffine_forward(self, input1, input2):
    import torch

    input1 = torch.cat([input1, input1.new_ones(*input1.size()[:-1], 1)], -1)
    input2 = torch.cat([input2, input2.new_ones(*input2.size()[:-1], 1)], -1)
    weight = self.W_bilin.weight  # (out, in1, in2)
    out_size, in1, in2 = weight.shape
    leading = input1.shape[:-1]
    flat1 = input1.reshape(-1, in1)
    flat2 = input2.reshape(-1, in2)
    projected = flat1 @ weight.permute(1, 0, 2).reshape(in1, out_size * in2)
    scores = torch.bmm(projected.view(-1, out_size, in2), flat2.unsqueeze(2)).squeeze(2)
    return (scores + self.W_bilin.bias).view(*leading, out_size)


def apply() -> None:
    """Patch Stanza in this process (idempotent)."""
    global _applied
    if _applied:
        return
    from stanza.models.common import biaffine

    biaffine.BiaffineScorer.forward = _matmul_biaffine_forward
    _applied = True
