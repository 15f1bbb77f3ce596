"""Shared Swedish data layer: word lists and recognisers (person names) that several stages read."""
