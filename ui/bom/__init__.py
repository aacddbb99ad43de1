"""The bill-of-materials editor: tree model, cell editors, cell and row edits."""
