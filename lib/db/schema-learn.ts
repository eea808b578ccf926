// Tables of the Learn area (lesson progress, flashcards) are added here.
export {};
