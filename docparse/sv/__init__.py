"""Shared Swedish data: what several stages use (web-page chrome, body names, document types,
name models). Imported downward only: it imports no stage of docparse."""
