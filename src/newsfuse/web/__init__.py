"""The web edge of newsfuse: `newsfuse serve` pages and JSON API (see app.py)."""
