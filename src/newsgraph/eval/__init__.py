"""Evaluation helpers shared by the tests and the benchmarks: corpus readers and scorers.

Nothing here is needed to analyse an article; it reads research corpora from ``../shared/data``
(never shipped with newsgraph) and scores newsgraph's output against their annotations.
"""
