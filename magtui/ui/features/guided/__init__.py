"""A guided foot soak, spray, cream or balm: its steps, timer and the question after."""
