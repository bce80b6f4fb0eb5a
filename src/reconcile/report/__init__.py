"""Renderers: terminal (rich), JSON and JSONL, Markdown. Pure functions of results."""
