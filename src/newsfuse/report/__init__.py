"""Report: the analysis as the contract's JSON, as Markdown, and in the terminal."""
