"""The knowledge-base browser and editor (changes go to the user layer)."""
