"""Small text utilities shared by several stages (word counts, vectorizers)."""
