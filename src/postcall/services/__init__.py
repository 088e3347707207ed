"""Application services: load, validate, decide, write, notify; every outside system behind a port."""
