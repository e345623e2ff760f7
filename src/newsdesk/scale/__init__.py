"""Scale: the same per-article stages in a process pool (one machine) or on Ray Data (a cluster).

Nothing in a stage knows which engine runs it: every engine maps ``newsdesk.pipeline.clean_record`` (and the
per-article stages added after it) over records in input order, and one writer loads the results into the
store in that same order, so every engine stores the same articles in the same order.
"""
