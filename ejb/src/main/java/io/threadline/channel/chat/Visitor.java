package io.threadline.channel.chat;

/** A visitor as their socket knows them: the token their widget keeps, their public id, their pre-chat answers. */
public record Visitor(String visitorId, String token, String name, String email) {

    static Visitor of(ChatVisitor visitor, String token) {
        return new Visitor(visitor.getVisitorId(), token, visitor.getName(), visitor.getEmail());
    }

    public boolean introduced() {
        return email != null;
    }
}
