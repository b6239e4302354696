"""magtui: a calm terminal companion for topical and capsule magnesium, zone by zone."""

__version__ = "0.1.0"
