"""What the reading pages say, built from the guidance: one function per page or part of one."""
