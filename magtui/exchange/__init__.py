"""Journal exports and imports: JSON (versioned, for moving data), CSV and Markdown (for people)."""
