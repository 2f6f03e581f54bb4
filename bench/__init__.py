"""Benchmarks: `make bench` runs them all and writes their figures into BENCHMARKS.md."""
