"""symact: activation functions as verified mathematics and verified numbers."""
