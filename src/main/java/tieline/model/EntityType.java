package tieline.model;

/** What kind of thing an entity is. */
public enum EntityType { PERSON, ORGANIZATION, TOPIC, PLACE }
