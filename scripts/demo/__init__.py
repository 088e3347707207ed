"""`make demo`: the whole pipeline on a laptop, on an embedded moto server, driven by template.yaml."""
