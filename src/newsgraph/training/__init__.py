"""Reproducible training of the small models newsgraph ships (run through ``newsgraph train ...``).

Training reads research corpora from ``../shared/data`` (never shipped) and writes artefacts into
``newsgraph/models/``; each trainer fixes its seeds so that the same data gives the same file.
"""
