"""Scorers for the extractors: golden examples now; TimeML, NewsQuant and PolNeAR later."""
