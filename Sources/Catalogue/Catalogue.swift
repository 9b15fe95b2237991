/// The criteria catalogue: directions, criteria and their wording per year (Templates/).
public enum CatalogueModule {}
