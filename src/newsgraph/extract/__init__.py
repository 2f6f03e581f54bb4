"""One module per kind of extraction; each takes a parsed spaCy ``Doc`` and returns records."""
