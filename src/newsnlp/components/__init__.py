"""newsnlp's spaCy components; each module registers its factory on import."""
