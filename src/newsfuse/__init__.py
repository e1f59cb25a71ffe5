"""newsfuse: read one story from every outlet at once.

The pipeline, one folder a stage: ingest → text → annotate → cluster → analyze → report,
with store/ keeping per-article work and engine/ running it locally or on Ray.
"""

__version__ = "0.1.0"
