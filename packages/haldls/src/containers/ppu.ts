/** Placeholder: filled by the owner of this file. */
export {};
