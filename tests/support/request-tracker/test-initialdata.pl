# Seed for the throwaway Request Tracker the connector tests run against:
# a security queue beside the stock General queue, two agents, the groups the
# connector reads agents from, the custom fields it maps, and the agents' rights.
# Tokens are minted last and written where RT_TEST_TOKEN_FILE points.
use strict;
use warnings;

our @Queues = (
    { Name => 'Security', Description => 'Security desk' },
);

our @Users = (
    { Name => 'agent',    EmailAddress => 'agent@desk.test',    RealName => 'Alex Agent',   Privileged => 1, Lang => 'en' },
    { Name => 'secagent', EmailAddress => 'security@desk.test', RealName => 'Sam Security', Privileged => 1, Lang => 'en' },
);

our @Groups = (
    { Name => 'Support Agents', Description => 'Everyone who answers customers', Members => { Users => [ 'agent', 'secagent' ] } },
    { Name => 'Security Desk',  Description => 'Agents who take escalations',    Members => { Users => [ 'secagent' ] } },
);

our @CustomFields = (
    { Name => 'Topic',    Type => 'FreeformSingle',   LookupType => 'RT::Queue-RT::Ticket' },
    { Name => 'Language', Type => 'FreeformSingle',   LookupType => 'RT::Queue-RT::Ticket' },
    { Name => 'Tags',     Type => 'FreeformMultiple', LookupType => 'RT::Queue-RT::Ticket' },
);

my @queue_rights = qw(
    SeeQueue ShowTicket ShowTicketComments CreateTicket ModifyTicket ReplyToTicket CommentOnTicket
    OwnTicket TakeTicket StealTicket Watch SeeCustomField ModifyCustomField
);

our @ACL = (
    ( map { { Right => \@queue_rights, Queue => $_, GroupDomain => 'UserDefined', GroupId => 'Support Agents' } } qw(General Security) ),
    # Lets the connector read who the agents are.
    { Right => 'SeeGroup', GroupDomain => 'UserDefined', GroupId => 'Support Agents' },
);

our @Final = (
    sub {
        my $file = $ENV{RT_TEST_TOKEN_FILE} or die "RT_TEST_TOKEN_FILE is not set\n";
        open my $out, '>', $file or die "cannot write $file: $!\n";
        for my $name (qw(agent secagent root)) {
            my $user = RT::User->new( RT->SystemUser );
            $user->Load($name);
            die "no user $name\n" unless $user->Id;
            my $token = RT::AuthToken->new( RT->SystemUser );
            my ( $id, $msg, $secret ) = $token->Create( Owner => $user->Id, Description => 'connector tests' );
            die "token for $name: $msg\n" unless $id;
            print {$out} "$name $secret\n";
        }
        close $out or die "cannot write $file: $!\n";
    },
);

1;
