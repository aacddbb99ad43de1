"""What every part of the window uses: tasks, preferences, translations, the catalog."""
