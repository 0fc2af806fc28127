"""Child-process entry: apply the CPU speed-ups, then run a Stanza module as __main__."""

import os
import runpy
import sys

import torch

from quotes import stanza_speedups

if __name__ == "__main__":
    # One thread each lets two processors train side by side on two cores.
    torch.set_num_threads(int(os.environ.get("QUOTES_TRAIN_THREADS", "1")))
    stanza_speedups.apply()
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
