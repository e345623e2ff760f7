"""Extract: entities, quotes with speakers, figures and time expressions, each pointing at a span."""
