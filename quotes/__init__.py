"""quotes: quote and attribution extraction for English news, with citable records."""

__version__ = "0.1.0"
