"""Suggestions for the active segment: the memory, DeepL and the glossary as suggestion sources, the MT
prefetch, and the wiring into the side panels."""
