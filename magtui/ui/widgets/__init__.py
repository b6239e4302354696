"""Small reusable pieces every screen is built from, so all screens look and read alike."""
