"""Allow `python -m plworkshop` (and the desktop bundle's entry point).

Guarded, because a worker process started with "spawn" (bundle import reads ahead in one) imports
this module again as `__mp_main__`; frozen, `freeze_support` lets such a worker run as a worker.
"""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from plworkshop.cli.main import main

    raise SystemExit(main())
