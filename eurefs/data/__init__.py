"""Data files shipped with eurefs (read with :mod:`importlib.resources`): ``popular_names.json``."""
