"""newsdesk: many articles from many outlets in, one cited brief per story out."""

__version__ = "0.1.0"
