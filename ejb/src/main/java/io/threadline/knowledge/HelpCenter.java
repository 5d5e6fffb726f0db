package io.threadline.knowledge;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the public help center lists: the languages it has articles in, and a language's articles by category. */
@Stateless
public class HelpCenter {

    /** An article as a list shows it: title and address. */
    public record Link(long id, String title, String category, String language, String slug) {
        public String url() {
            return Article.pageUrl(language, id, slug);
        }
    }

    /** A category with its published articles, by title. */
    public record Category(String name, List<Link> articles) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public List<String> languages() {
        return em.createNamedQuery("Article.publishedLanguages", String.class).getResultList();
    }

    /** The languages with published articles, to choose a reader's from. */
    public HelpCenterLanguages publishedLanguages() {
        return new HelpCenterLanguages(languages());
    }

    public List<Category> categories(String language) {
        Map<String, List<Link>> byCategory = new LinkedHashMap<>();
        em.createNamedQuery("Article.publishedIn", Link.class).setParameter("language", language).getResultStream()
                .forEach(link -> byCategory.computeIfAbsent(link.category(), c -> new java.util.ArrayList<>()).add(link));
        return byCategory.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue())).toList();
    }
}
