package tieline.extract;

/**
 * One office of a person: the organization ("" when unknown) and the title's key. Title keys
 * come from the table's title cache, one string per key, so they compare by identity first.
 */
final class RoleKey {
    private final String orgId;
    private final String titleKey;
    private final int hash;

    RoleKey(String orgId, String titleKey) {
        this.orgId = orgId == null ? "" : orgId;
        this.titleKey = titleKey;
        this.hash = 31 * this.orgId.hashCode() + titleKey.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleKey k && k.hash == hash && (k.titleKey == titleKey || k.titleKey.equals(titleKey))
                && k.orgId.equals(orgId);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
