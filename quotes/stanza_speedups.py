"""Patches to Stanza that leave saved model files interchangeable.

`torch.nn.Bilinear`, used by Stanza's `BiaffineScorer` (the tagger's XPOS/feature
heads), is about 25x slower on CPU than the same bilinear form written as matrix
products. The replacement below computes exactly the same function from the same
parameters, so models trained with or without it are interchangeable.

The shipped word vectors are stored in float16 to keep the model set small; Stanza feeds
them straight into float32 layers, so they are widened to float32 when loaded (float32
files load as before).
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


def _float32_vectors(load):
    """`Pretrain.load` that widens float16 vectors to float32."""
    def load_as_float32(self):
        import torch

        load(self)
        if self._emb.dtype in (torch.float16, torch.bfloat16):
            self._emb = self._emb.float()
    return load_as_float32


def apply() -> None:
    """Patch Stanza in this process (idempotent)."""
    global _applied
    if _applied:
        return
    from stanza.models.common import biaffine, pretrain

    biaffine.BiaffineScorer.forward = _matmul_biaffine_forward
    pretrain.Pretrain.load = _float32_vectors(pretrain.Pretrain.load)
    _applied = True
