"""The assessment beside the bill of materials: live evaluation, cards, charts, detail,
advice and the exports."""
