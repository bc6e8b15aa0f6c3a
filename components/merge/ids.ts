// Element ids shared by the server-rendered pair and the client-side queue controls (a client
// module's exports are references on the server, so shared constants live here).
export const ITEM_HEADING_ID = "review-item-heading";
