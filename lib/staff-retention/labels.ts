// Words shared by the exit survey's page, action and command.
export const EXIT_LINK_GONE = "This link has expired, has been used, or is not valid. Thank you all the same.";
