"""Readers that turn inputs (text, HTML, JSONL, WARC, feeds) into ``Article`` records."""
