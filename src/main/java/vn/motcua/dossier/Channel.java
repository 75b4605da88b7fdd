package vn.motcua.dossier;

/** How the dossier reached the agency (national channel codes 1, 2, 3). */
public enum Channel {
    DESK, ONLINE, POST
}
