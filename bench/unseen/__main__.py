"""``python -m bench.unseen``."""

from bench.unseen import main

main()
