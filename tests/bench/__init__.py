"""Benchmarks (``make bench``): each module beside ``__main__`` builds its own synthetic input and
prints its figures; ``python -m tests.bench`` runs them all."""
