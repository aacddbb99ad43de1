"""The comparison of variants: key figures side by side, changed rows, chart."""
