/** What an entity is. A leaf module: both the Analysis types and the glossary types name it. */
export type EntityKind = 'person' | 'organization' | 'place';
